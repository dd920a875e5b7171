import type {ReactNode} from 'react';
import {priceSecretReads, type SecretReadPattern} from '@site/src/core/pricing/secretReadCost';
import TeamDiscountNote from '@site/src/components/TeamDiscountNote';

const usd = (amount: number) => `$${amount.toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2})}`;
const count = (n: number) => n.toLocaleString('en-US');

/**
 * A worked example: one secret read by a busy function, fetched on every invocation and cached per
 * execution environment, each priced by the Secrets Manager pricer.
 */
export default function SecretReadExample({invocationsPerMonth, environments, cacheTtlSeconds}: SecretReadPattern): ReactNode {
  const cases = [
    {id: 'every-invocation', title: 'GetSecretValue in every invocation', result: priceSecretReads({invocationsPerMonth, environments, cacheTtlSeconds: 0})},
    {id: 'cached', title: `Cached for ${count(cacheTtlSeconds)} s in each environment`, result: priceSecretReads({invocationsPerMonth, environments, cacheTtlSeconds})},
  ];
  return (
    <table data-testid="secret-read-example">
      <thead>
        <tr>
          <th scope="col">{`${count(invocationsPerMonth)} invocations a month, ${count(environments)} environments`}</th>
          <th scope="col">Calls</th>
          <th scope="col">Per month</th>
        </tr>
      </thead>
      <tbody>
        {cases.map(({id, title, result}) => (
          <tr key={id} data-case={id}>
            <th scope="row">{title}</th>
            <td>{count(result.calls)}</td>
            <td>
              {usd(result.bill.total)}
              <TeamDiscountNote listUSD={result.bill.total} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
