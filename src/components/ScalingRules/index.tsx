import React from 'react';
import {LEGACY_BURST_MODEL, SCALING_RULES, SIMULATOR_ASSUMPTIONS} from '@site/src/data/scaling';

/** The rules the concurrency simulator follows, quoted from src/data/scaling.ts with their sources. */
export default function ScalingRules(): React.ReactElement {
  return (
    <>
      <table>
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Source (as of)</th>
          </tr>
        </thead>
        <tbody>
          {SCALING_RULES.map((rule) => (
            <tr key={rule.id}>
              <td>{rule.statement}</td>
              <td>
                <a href={rule.source}>{new URL(rule.source).pathname.split('/').pop() || rule.source}</a> ({rule.asOf})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <strong>Assumptions where AWS publishes no number:</strong>
      </p>
      <ul>
        {Object.values(SIMULATOR_ASSUMPTIONS).map((assumption) => (
          <li key={assumption.statement}>{assumption.statement}</li>
        ))}
      </ul>
      <p>
        <strong>History, not today's rule:</strong> {LEGACY_BURST_MODEL.statement} (<a href={LEGACY_BURST_MODEL.source}>AWS News Blog, {LEGACY_BURST_MODEL.asOf}</a>)
      </p>
    </>
  );
}
