import type {TrafficShape} from './types.ts';

const SECONDS_PER_DAY = 86_400;

/**
 * The request rate (per second) of a traffic shape at simulated second `second`.
 * `startSecondOfDay` places the run on the clock, which only the daily curve uses.
 * Allocation-free: the simulator calls it once per function per second.
 */
export function evaluateTraffic(shape: TrafficShape, second: number, startSecondOfDay: number): number {
  switch (shape.shape) {
    case 'steady':
      return shape.rps;
    case 'ramp': {
      if (second < shape.startSecond) return shape.fromRps;
      if (shape.durationSeconds <= 0 || second >= shape.startSecond + shape.durationSeconds) return shape.toRps;
      const progress = (second - shape.startSecond) / shape.durationSeconds;
      return shape.fromRps + (shape.toRps - shape.fromRps) * progress;
    }
    case 'spike':
      return second >= shape.atSecond && second < shape.atSecond + shape.durationSeconds ? shape.peakRps : shape.baseRps;
    case 'daily': {
      const hour = (((startSecondOfDay + second) % SECONDS_PER_DAY) / 3_600);
      // A cosine with its top at peakHour and its bottom 12 hours away.
      const phase = ((hour - shape.peakHour) / 24) * 2 * Math.PI;
      return shape.minRps + (shape.maxRps - shape.minRps) * (1 + Math.cos(phase)) / 2;
    }
    case 'series': {
      const index = Math.floor(second / shape.stepSeconds);
      return index < shape.rps.length ? shape.rps[index]! : 0;
    }
  }
}
