/*
 * Weights of the radar's prospect ranking (docs/prospects.md), in one place so a reviewer sees the
 * whole scale at once. A prospect's score is the sum of the points of its signals. The order of the
 * weights says what predicts a new recognition best, as sector consultants describe it: an
 * enterprise that was already a workplace for this training (or one close to it) knows the
 * paperwork and the mentor role; one whose PC number belongs to the partnership that handles the
 * training is the sector's natural employer for it; a record of agreements shows it takes learners
 * at all; a school nearby with learners in the training means demand close to the site; size only
 * says there is room for a mentor. The PC number that merely fits one of the partnerships handling
 * the training is the condition to be on the list at all and earns nothing: such a row ranks last.
 */
export const PROSPECT_WEIGHTS = {
  /** Recognised earlier (no longer valid) for this very training, not revoked. */
  SAME_TRAINING_EARLIER: 40,
  /** Recognised, valid on the reference day, for a related training. */
  RELATED_TRAINING_NOW: 30,
  /** Recognised earlier for a related training (expired or stopped, not revoked). */
  RELATED_TRAINING_EARLIER: 20,
  /** Its PC number belongs to the partnership that handles most recognitions of this training. */
  COVERING_PARTNERSHIP: 25,
  /** Any agreement started at one of its establishments (any training)… */
  AGREEMENTS: 10,
  /** …plus one point per agreement, at most this many: a steady host, without letting volume drown the rest. */
  AGREEMENTS_EXTRA_MAX: 10,
  /** A provider with learners enrolled in this training in the school year, in the municipality of an establishment. */
  PROVIDER_MUNICIPALITY: 15,
  /** Such a provider only elsewhere in the province of an establishment. */
  PROVIDER_PROVINCE: 5,
  /** Size class by employees: room for a mentor. Micro and small enterprises earn nothing. */
  SIZE_LARGE: 10,
  SIZE_MEDIUM: 5,
  /** The condition of the list: its PC number falls under a partnership that handles this training. */
  JOINT_COMMITTEE: 0,
} as const;

export type ProspectReasonKind = keyof typeof PROSPECT_WEIGHTS;

/** Reason kinds as the API lists them (AGREEMENTS_EXTRA_MAX is folded into AGREEMENTS, SIZE_* into SIZE). */
export const PROSPECT_REASON_KINDS = [
  'SAME_TRAINING_EARLIER',
  'RELATED_TRAINING_NOW',
  'RELATED_TRAINING_EARLIER',
  'COVERING_PARTNERSHIP',
  'AGREEMENTS',
  'PROVIDER_MUNICIPALITY',
  'PROVIDER_PROVINCE',
  'SIZE',
  'JOINT_COMMITTEE',
] as const;
export type ProspectReasonCode = (typeof PROSPECT_REASON_KINDS)[number];
