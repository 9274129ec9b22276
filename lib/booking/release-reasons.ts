// Why the system (no person) cancelled a hold that never became a booking. Written as the
// appointment's cancel_reason; reports leave these out of cancellations (a released hold is
// not a cancelled visit), so every writer takes the wording from here.
export const HOLD_EXPIRED = 'hold expired';
export const PAYMENT_NOT_COMPLETED = 'payment not completed';
export const PAYMENT_FAILED = 'payment failed';
export const RELEASED_HOLD_REASONS: readonly string[] = [HOLD_EXPIRED, PAYMENT_NOT_COMPLETED, PAYMENT_FAILED];
