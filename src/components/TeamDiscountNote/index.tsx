import type {ReactNode} from 'react';
import {discounted, useTeamConfig} from '@site/src/utils/teamConfig';

const usd = (amount: number) => `$${amount.toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2})}`;

/**
 * States the team's negotiated discount on an estimate: the price after it, and the list price it
 * came from. Renders nothing when the team configuration sets no discount.
 */
export default function TeamDiscountNote({listUSD, what = 'a month'}: {listUSD: number; what?: string}): ReactNode {
  const {discount, name} = useTeamConfig();
  if (!discount) return null;
  return (
    <p data-testid="team-discount" style={{fontSize: '0.9rem'}}>
      <strong>{`${name} price: ${usd(discounted(listUSD, discount))} ${what}`}</strong>
      {` — ${discount.percent} % ${discount.label} off the AWS list price of ${usd(listUSD)} (applied to the total, rounded to the cent).`}
    </p>
  );
}
