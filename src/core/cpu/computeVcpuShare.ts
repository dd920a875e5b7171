import {CPU_SHARE_MODEL} from '../../data/cpu.ts';

/**
 * The CPU share AWS documents for a memory size, in vCPU-seconds of credit per second:
 * memory / 1,769 MB. 1,769 MB → 1, 128 MB → 0.072, 10,240 MB → 5.79.
 * @param memoryMB - configured memory in MB (binary, as Lambda counts it)
 * @see https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html
 */
export function computeVcpuShare(memoryMB: number): number {
  return memoryMB / CPU_SHARE_MODEL.mbPerVcpu;
}
