// What an in-app notification (and its email) can be about; each has a template in messages/*/email.json.
export const NOTIFICATION_KINDS = [
  "institutionDecided",
  "programmeSubmitted",
  "reviewerAssigned",
  "reviewerRecused",
  "reviewerSeatEnded",
  "programmeDecided",
  "applicationReceived",
  "applicationDecided",
  "programmeStatusChanged",
  "signatureRequested",
  "agreementInForce",
  "signaturesVoided",
  "agreementExpiring",
  "reportPublished",
  "coLeadChanged",
  "discussionMessage",
  "discussionMention",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
