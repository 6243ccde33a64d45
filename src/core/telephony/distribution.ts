import { z } from 'zod';

/**
 * How a hunt group or a call centre queue offers a call to its members or agents (guide §5.1,
 * BroadWorks' hunt policies), shared by both:
 * - regular: always from the top of the list, the next after the no-answer time;
 * - circular: from the member after the one who last answered (the list wraps around);
 * - simultaneous: all at once, the first to answer takes the call;
 * - uniform: the member idle the longest first;
 * - weighted: at random, in proportion to each member's weight.
 */
export const DISTRIBUTIONS = ['regular', 'circular', 'simultaneous', 'uniform', 'weighted'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];
export const distributionSchema = z.enum(DISTRIBUTIONS);

/** The ring patterns (belritme) a phone plays for a group's call, so members hear it is not theirs. */
export const RING_PATTERNS = ['normal', 'long_long', 'short_short_long', 'short_long_short'] as const;
export type RingPattern = (typeof RING_PATTERNS)[number];
export const ringPatternSchema = z.enum(RING_PATTERNS);

/** A member's weight under weighted distribution: 1–100 (its share is weight ÷ the sum of weights). */
export const MIN_WEIGHT = 1;
export const MAX_WEIGHT = 100;
export const weightSchema = z.number().int().min(MIN_WEIGHT).max(MAX_WEIGHT);
