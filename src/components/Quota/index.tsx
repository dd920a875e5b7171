import type {ReactNode} from 'react';
import {getQuota, type QuotaId} from '@site/src/data/quotas';
import {formatQuota} from '@site/src/core/formatQuota';

/**
 * A quota quoted in prose from src/data, with its source one click away, so a page can never
 * disagree with the data the tools use: `<Quota id="timeout" />` → "1–900 seconds".
 */
export default function Quota({id}: {id: QuotaId}): ReactNode {
  const quota = getQuota(id);
  return (
    <>
      {formatQuota(quota)}
      <sup>
        <a href={quota.source} title={`${quota.name}: AWS source, as of ${quota.asOf}`}>
          <span aria-hidden="true">[src]</span>
          <span className="sr-only">{`source for ${quota.name}, as of ${quota.asOf}`}</span>
        </a>
      </sup>
    </>
  );
}
