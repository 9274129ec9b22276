import { z } from 'zod';
import { isUsState } from './us-states';

/** A USPS state code, upper-cased (e.g. "ca" → "CA"). */
export const usState = z.string().trim().toUpperCase().refine(isUsState, 'must be a US state code such as NY or CA');
