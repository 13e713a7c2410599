// Package data owns helpline's storage: the SQLite schema, its numbered
// migrations, every query and the domain types they return.
//
// It is the only package that speaks SQL, and it imports nothing else of
// helpline's. It keeps two database/sql pools on one file: a writer of one
// connection, through which every change goes, and a pool of query-only
// readers, which never wait for the writer (WAL).
//
// Where a method lives says how it runs:
//
//   - Reads are methods of Queries, which DB and Tx both embed: on a *DB
//     they read the latest commit, on a *Tx they read inside the
//     transaction and see its changes.
//   - A change that may have to commit with others is a method of *Tx: run
//     it, with the rest, inside db.InTx(ctx, func(tx *Tx) error { ... }).
//     Called alone, it is still run that way.
//   - A *DB method changes only what stands alone: a job of its own (the
//     sender marking a mail sent, an owner's command on the outbox, a
//     rating, a retention sweep), run as one transaction or one statement,
//     or the database itself (Migrate, Backup, Check).
//
// No change is both: there is one way to make each.
//
// Rows of one kind are listed by one method with a filter
// (ListSubscribers, ListOutbox, ListQuestions, ListSummaries,
// ListMessages), and counted, where a limit needs it, by one with the
// same filter (CountMessages). A getter of one row stays only where
// callers look rows up one at a time by that key (QuestionByID,
// MessageByID, SubscriberByEmail); otherwise the filter takes the ID, or
// the IDs.
// Changes that differ only in where they lead are one method told the
// destination: SuppressSubscriber with its reason, ChangeOutbox with its
// OutboxChange, AddSubscriber with the status of its NewSubscriber.
//
// The API by what it keeps:
//
//   - Questions: CreateQuestion, QuestionByID, ListQuestions,
//     SetQuestionStatus, SetQuestionTitle, AddFollowup, AskedSince; those
//     asked on the site are held until their askers confirm them
//     (HoldQuestion, ReleaseHeld, HeldSince).
//   - Answers and comments: AddAnswer (a question's newest
//     answer is its Answer; the history is in its asker's Person);
//     AddComment, CommentByID, ApprovedComments, SetCommentStatus.
//   - The public site: ListSummaries, CountQuestions,
//     Search, QuestionRating, Rate, PrepareSiteVersion.
//   - Subscribers: SubscribePending (a sign-up), AddSubscriber (the
//     owner's word or an import), ConfirmSubscriber (their own
//     confirmation), ActivateSubscriber, SuppressSubscriber,
//     RequestResubscribe, SetSubscriberName, RecordConfirmSent,
//     MarkWelcomeSent, SubscriberByEmail, ListSubscribers,
//     CountSubscribers, SubscriberReachable; bounces and the suppression
//     list: RecordBounce, CountSoftBounces, SuppressionHash, Suppressed,
//     Unsuppress.
//   - Digests: CreateDigest, DigestByID, ListDigests.
//   - Outbox: Enqueue, ClaimOutbox, SettleOutbox,
//     ChangeOutbox, CancelQueuedNote, ListOutbox,
//     NextOutboxDue, SentSince, OutboxCounts, MailsToSince.
//   - Mailbox state: Mailbox, SetMailbox, RetireUIDs, StoreMessage,
//     SetMessageOutcome, SeenMessage, ThreadOf, MessageByID, ListMessages,
//     CountMessages; what is kept no longer goes in a Sweep.
//   - Operations: Open, Migrate, SchemaVersion, Backup, Check, Ping,
//     Setting, SetSetting, Secret, and a person's data: Person,
//     ForgetPerson.
package data
