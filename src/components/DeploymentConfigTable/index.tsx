import React from 'react';
import {LAMBDA_DEPLOYMENT_CONFIGS} from '@site/src/data/deploymentConfigs';

function describe(type: string, percentage: number, interval: number): string {
  if (type === 'allAtOnce') return 'All traffic moves to the new version at once.';
  if (type === 'canary') return `${percentage} % at once, the remaining ${100 - percentage} % after ${interval} minute${interval === 1 ? '' : 's'}.`;
  const steps = Math.ceil(100 / percentage);
  return `+${percentage} % every ${interval === 1 ? 'minute' : `${interval} minutes`}: 100 % after ${(steps - 1) * interval} minutes.`;
}

/** CodeDeploy's predefined Lambda deployment configurations, from src/data/deploymentConfigs.ts. */
export default function DeploymentConfigTable(): React.ReactElement {
  const first = LAMBDA_DEPLOYMENT_CONFIGS[0]!;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">CodeDeploy name</th>
          <th scope="col">SAM DeploymentPreference.Type</th>
          <th scope="col">Traffic</th>
        </tr>
      </thead>
      <tbody>
        {LAMBDA_DEPLOYMENT_CONFIGS.map((config) => (
          <tr key={config.name}>
            <td><code>{config.name}</code></td>
            <td><code>{config.samType}</code></td>
            <td>{describe(config.type, config.percentage, config.intervalMinutes)}</td>
          </tr>
        ))}
      </tbody>
      <caption style={{captionSide: 'bottom', textAlign: 'left'}}>
        Source: <a href={first.source}>CodeDeploy deployment configurations</a> (as of {first.asOf}).
      </caption>
    </table>
  );
}
