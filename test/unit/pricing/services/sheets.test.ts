import {describe, expect, it} from 'vitest';
import {SERVICE_MODELS} from '../../../../src/core/pricing/services/index.ts';

describe('service price sheets (src/data/prices)', () => {
  for (const model of Object.values(SERVICE_MODELS)) {
    it(`${model.sheet.service}: sourced, dated, well-formed tiers, every priced dimension described`, () => {
      expect(model.sheet.source).toMatch(/^https:\/\/aws\.amazon\.com\//);
      expect(model.sheet.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(model.sheet.regionsNote.length).toBeGreaterThan(5);
      for (const [region, prices] of Object.entries(model.sheet.regions)) {
        expect(region).toMatch(/^[a-z]{2}(-gov)?-[a-z]+-\d$/);
        for (const [dimension, price] of Object.entries(prices ?? {})) {
          expect(model.dimensions[dimension as keyof typeof model.dimensions], `${dimension} has a label`).toBeDefined();
          const tiers = price!.tiers;
          expect(tiers.at(-1)?.upTo).toBeNull();
          tiers.forEach((tier, index) => {
            expect(tier.usd).toMatch(/^\d+(\.\d+)?$/);
            if (index > 0 && tier.upTo !== null) expect(tier.upTo).toBeGreaterThan(tiers[index - 1]!.upTo!);
            // Volume tiers only ever get cheaper.
            if (index > 0) expect(Number(tier.usd)).toBeLessThanOrEqual(Number(tiers[index - 1]!.usd));
          });
        }
      }
      for (const allowance of Object.values(model.sheet.free ?? {})) {
        expect(['always-free', '12-month']).toContain(allowance!.kind);
        expect(allowance!.quantity).toBeGreaterThan(0);
        for (const dimension of allowance!.dimensions) expect(model.dimensions[dimension as keyof typeof model.dimensions]).toBeDefined();
      }
    });
  }
});
