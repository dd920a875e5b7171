import type {ReactNode} from 'react';
import {SECRETS_PRICES} from '@site/src/data/prices/secrets';
import {secretsModel} from '@site/src/core/pricing/services/secrets';
import {int, mul, parseExact} from '@site/src/core/pricing/exact';
import {formatUsdExact} from '@site/src/core/pricing/formatNumbers';

/**
 * The KMS, Secrets Manager and Parameter Store rates, printed from the price sheet the pricing
 * engine uses (src/data/prices/secrets.ts), so the page never carries a retyped number.
 */
/** When a dimension is charged at all, where the label alone would mislead. */
const WHEN: Partial<Record<keyof typeof secretsModel.dimensions, string>> = {
  parameterApiInteractions: 'advanced parameters, or standard ones on higher throughput',
};

export default function SecretsPrices(): ReactNode {
  const rates = SECRETS_PRICES.regions['us-east-1'] ?? {};
  const rows = (Object.keys(secretsModel.dimensions) as (keyof typeof secretsModel.dimensions)[]).flatMap((dimension) => {
    const rate = rates[dimension];
    const usd = rate?.tiers[0]?.usd;
    if (!rate || usd === undefined) return [];
    const spec = secretsModel.dimensions[dimension];
    const per = spec.ratePer ?? 1;
    const price = `${formatUsdExact(mul(parseExact(usd), int(per)))} per ${per === 1 ? rate.unit : `${per.toLocaleString('en-US')} ${spec.unit}`}`;
    return [{dimension, label: WHEN[dimension] ? `${spec.label} (${WHEN[dimension]})` : spec.label, price}];
  });
  const free = Object.values(SECRETS_PRICES.free ?? {});
  return (
    <>
      <table data-testid="secrets-prices">
        <thead>
          <tr>
            <th scope="col">What you pay for</th>
            <th scope="col">us-east-1 list price</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.dimension}>
              <th scope="row">{row.label}</th>
              <td>{row.price}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {`Standard Parameter Store parameters cost nothing. Always free: ${free.map((f) => f.note).join('; ')}. `}
        {'Rates from '}
        <a href={SECRETS_PRICES.source}>AWS KMS pricing</a>
        {', '}
        <a href="https://aws.amazon.com/secrets-manager/pricing/">Secrets Manager pricing</a>
        {' and '}
        <a href="https://aws.amazon.com/systems-manager/pricing/">Systems Manager pricing</a>
        {` (${SECRETS_PRICES.regionsNote}, checked ${SECRETS_PRICES.asOf}).`}
      </p>
    </>
  );
}
