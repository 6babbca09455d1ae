/**
 * Defaults of distributed letter jobs, in a module without pg-boss so the CLI can show them in
 * its help without loading the queue.
 */

/** Retries pg-boss gives a shard whose rendering threw, before it marks it `failed`. */
export const defaultShardRetries = 3;

/**
 * Minutes `letters generate --distributed` waits without a finished shard before it stops.
 * Longer than a shard message's expiry (15 minutes), so a shard of a worker that died is handed
 * to another worker before the coordinator gives up.
 */
export const defaultStallTimeoutMinutes = 30;
