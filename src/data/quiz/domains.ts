/**
 * SAA-C03 domains and task statements, as named in the official exam guide
 * (see /work/shared/facts/saa-c03.md for how the wording was confirmed).
 */
import type {ExamDomain, TaskStatementId} from './types.ts';

export const EXAM_GUIDE_URL =
  'https://d1.awsstatic.com/training-and-certification/docs-sa-assoc/AWS-Certified-Solutions-Architect-Associate_Exam-Guide.pdf';

export interface DomainInfo {
  readonly id: ExamDomain;
  readonly name: string;
  /** Share of scored content, in percent. */
  readonly weightPercent: number;
}

export const DOMAINS: readonly DomainInfo[] = [
  {id: 1, name: 'Design Secure Architectures', weightPercent: 30},
  {id: 2, name: 'Design Resilient Architectures', weightPercent: 26},
  {id: 3, name: 'Design High-Performing Architectures', weightPercent: 24},
  {id: 4, name: 'Design Cost-Optimized Architectures', weightPercent: 20},
];

export const TASK_STATEMENTS: Readonly<Record<TaskStatementId, string>> = {
  '1.1': 'Design secure access to AWS resources',
  '1.2': 'Design secure workloads and applications',
  '1.3': 'Determine appropriate data security controls',
  '2.1': 'Design scalable and loosely coupled architectures',
  '2.2': 'Design highly available and/or fault-tolerant architectures',
  '3.1': 'Determine high-performing and/or scalable storage solutions',
  '3.2': 'Design high-performing and elastic compute solutions',
  '3.3': 'Determine high-performing database solutions',
  '3.4': 'Determine high-performing and/or scalable network architectures',
  '3.5': 'Determine high-performing data ingestion and transformation solutions',
  '4.1': 'Design cost-optimized storage solutions',
  '4.2': 'Design cost-optimized compute solutions',
  '4.3': 'Design cost-optimized database solutions',
  '4.4': 'Design cost-optimized network architectures',
};

/** The domain a task statement belongs to ("3.2" → 3). */
export function domainOfTaskStatement(id: TaskStatementId): ExamDomain {
  return Number(id.charAt(0)) as ExamDomain;
}
