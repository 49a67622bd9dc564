// Shared by the engine and the UI: the confirmation says exactly what will be stored on the task.

/** Kie has no cancel endpoint: "canceling" a sent task only stops the studio from tracking it. */
export const STOPPED_TRACKING_NOTE =
  "Stopped tracking. Kie cannot cancel a submitted task; it may still finish and bill.";

export const CANCELED_QUEUED_NOTE = "Canceled before it was sent to Kie. Nothing was spent.";

/** States a user may cancel; "queued" is the only one in which nothing has reached Kie. */
export const CANCELABLE_STATES = ["queued", "submitting", "submitted", "running", "partial", "unknown"];
