/**
 * The question bank added for the exam mode (issue 18): 145 questions on top of the first 108,
 * per domain in proportion to the SAA-C03 weights. Registered in ../index.ts beside the originals.
 */
import {BANK_DOMAIN_1_ACCESS} from './domain1Access.ts';
import {BANK_DOMAIN_1_DATA} from './domain1Data.ts';
import {BANK_DOMAIN_2_COUPLING} from './domain2Coupling.ts';
import {BANK_DOMAIN_2_AVAILABILITY} from './domain2Availability.ts';
import {BANK_DOMAIN_3_COMPUTE} from './domain3Compute.ts';
import {BANK_DOMAIN_3_DATA} from './domain3Data.ts';
import {BANK_DOMAIN_4_COST} from './domain4Cost.ts';
import type {QuizQuestion} from '../types.ts';

export const BANK_DOMAIN_1: readonly QuizQuestion[] = [...BANK_DOMAIN_1_ACCESS, ...BANK_DOMAIN_1_DATA];
export const BANK_DOMAIN_2: readonly QuizQuestion[] = [...BANK_DOMAIN_2_COUPLING, ...BANK_DOMAIN_2_AVAILABILITY];
export const BANK_DOMAIN_3: readonly QuizQuestion[] = [...BANK_DOMAIN_3_COMPUTE, ...BANK_DOMAIN_3_DATA];
export const BANK_DOMAIN_4: readonly QuizQuestion[] = [...BANK_DOMAIN_4_COST];

export const BANK_QUESTIONS: readonly QuizQuestion[] = [...BANK_DOMAIN_1, ...BANK_DOMAIN_2, ...BANK_DOMAIN_3, ...BANK_DOMAIN_4];
