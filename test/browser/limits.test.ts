import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {DESKTOP, PHONE, openPage, seriousA11yViolations} from './harness.ts';

const PATH = '/docs/limits/checker';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/limits/${name}`, import.meta.url), 'utf8');

describe('limits checker widget', () => {
  it('checks the form live: a clean default, then an out-of-range memory with fix and source', async () => {
    const {page, consoleErrors, close} = await openPage(PATH, {waitUntil: 'networkidle'});
    try {
      const status = page.getByTestId('limits-status');
      await expect.poll(() => status.textContent()).toMatch(/1 function checked: 0 errors, 0 warnings, \d+ notes?\. No problems found\./);
      await page.getByLabel('Memory (MB)').fill('10241');
      await expect.poll(() => status.textContent()).toMatch(/1 error.*This configuration will fail/);
      const finding = page.locator('[data-rule="memory.range"]');
      await expect.poll(() => finding.textContent()).toContain('10,241 MB is outside Lambda\'s range of 128–10,240 MB');
      expect(await finding.getByRole('link', {name: 'AWS source'}).getAttribute('href')).toBe('https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html');
      await page.getByLabel('Memory (MB)').fill('10240');
      await expect.poll(() => page.locator('[data-rule="memory.range"]').count()).toBe(0);
      // Cross-field: SnapStart on a Node.js runtime, then an SQS queue with a short visibility timeout.
      await page.getByLabel('SnapStart on published versions').check();
      await expect.poll(() => page.locator('[data-rule="snapstart.runtime"]').count()).toBe(1);
      await page.getByLabel('Triggered by an SQS queue').check();
      await page.getByLabel('Queue visibility timeout (s)').fill('60');
      await expect.poll(() => page.locator('[data-rule="sqs.visibility"][data-severity="warning"]').count()).toBe(1);
      // The link above the form jumps to the findings (the form is long on phones).
      await page.getByRole('link', {name: 'Go to findings'}).click();
      await expect.poll(() => page.getByRole('heading', {name: 'Findings', level: 2}).evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
      // Not a number: a field error, and the widget keeps working.
      await page.getByLabel('Timeout (s)', {exact: true}).fill('abc');
      await expect.poll(() => page.getByText('Timeout: "abc" is not a number or a duration like 30 s or 15 min (1–900 s).').count()).toBe(1);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('hands the form function to the pricing engine', async () => {
    const {page, consoleErrors, close} = await openPage(PATH, {waitUntil: 'networkidle'});
    try {
      await page.getByLabel('Requests per month').fill('30M');
      await page.getByLabel('Average duration').fill('120 ms');
      // 512 MB arm64 in us-east-1: (30M − 1M free) × $0.20/M = $5.80;
      // 30M × 0.12 s × 0.5 GB = 1,800,000 GB-s − 400,000 free = 1,400,000 × $0.0000133334 = $18.67.
      await expect.poll(() => page.getByTestId('limits-bill').textContent(), {timeout: 15_000}).toContain('Estimated monthly bill: $24.47');
      await page.getByLabel('Average duration').fill('20 minutes');
      await expect.poll(() => page.getByTestId('limits-bill').textContent()).toMatch(/average duration/i);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('reads a pasted SAM template, keeps results on malformed input, and loads a file', async () => {
    const {page, consoleErrors, close} = await openPage(PATH, {waitUntil: 'networkidle'});
    try {
      await page.getByLabel('Paste a template or command').check();
      const textarea = page.getByLabel(/SAM \/ CloudFormation template/);
      await textarea.fill(fixture('sam-app.yaml'));
      const status = page.getByTestId('limits-status');
      await expect.poll(() => status.textContent(), {timeout: 15_000}).toMatch(/^3 functions checked: 1 error, 2 warnings/);
      await expect.poll(() => page.locator('[data-function="WorkerFunction"] [data-rule="sqs.visibility"]').textContent()).toContain('below 6 × the function timeout + the batching window (185 s)');
      expect(await page.locator('[data-function="ApiFunction"] [data-rule="apigw.timeout"]').count()).toBe(1);
      expect(await page.locator('[data-function="PricingFunction"] [data-rule="snapstart.provisioned"][data-severity="error"]').count()).toBe(1);
      expect(await page.getByText(/Ephemeral storage is !FindInMap/).count()).toBe(1);

      // Break the YAML: a message with line and column, and the last findings stay on screen.
      await textarea.fill(fixture('malformed.yaml'));
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent(), {timeout: 15_000}).toMatch(/^Line 7, column 5: /);
      expect(await page.locator('[data-rule]').count()).toBeGreaterThan(3);
      await expect.poll(() => status.textContent()).toContain('Showing the last input that could be read');
      expect(await seriousA11yViolations(page), 'axe with a parse error and stale findings').toEqual([]);

      // Load the AWS CLI fixture through the file input.
      await page.getByLabel('Or load a file').setInputFiles({name: 'deploy.sh', mimeType: 'text/plain', buffer: Buffer.from(fixture('create-function.sh'))});
      await expect.poll(() => page.locator('[data-function="CreateThumbnail"]').count(), {timeout: 15_000}).toBe(1);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await page.locator('[data-function="CreateThumbnail"] [data-rule="snapstart.ephemeralStorage"]').count()).toBe(1);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a template with Web Functions gets one note across the template; an arm64 Lambda@Edge function an error', async () => {
    const {page, consoleErrors, close} = await openPage(PATH, {waitUntil: 'networkidle'});
    try {
      await page.getByLabel('Paste a template or command').check();
      const textarea = page.getByLabel(/SAM \/ CloudFormation template/);
      await textarea.fill(fixture('web-function.yaml'));
      const across = page.locator('[data-function="Across the template (all functions together)"]');
      await expect.poll(() => across.locator('[data-rule="webFunction.notChecked"][data-severity="note"]').count(), {timeout: 15_000}).toBe(1);
      expect(await across.textContent()).toMatch(/Site, SiteRevision and SiteEndpoint are Lambda Web Function resources, not checked/);
      // The Event Function beside them is still checked as one.
      expect(await page.locator('[data-function="Worker"]').count()).toBe(1);

      const stack = JSON.parse(readFileSync(new URL('../fixtures/limits/cfn-stack.json', import.meta.url), 'utf8')) as {Resources: Record<string, {Properties: Record<string, unknown>}>};
      stack.Resources['EdgeFunction']!.Properties['Architectures'] = ['arm64'];
      await textarea.fill(JSON.stringify(stack, null, 2));
      const edge = page.locator('[data-function="EdgeFunction"] [data-rule="edge.architecture"][data-severity="error"]');
      await expect.poll(() => edge.count(), {timeout: 15_000}).toBe(1);
      expect(await edge.getByRole('link', {name: 'AWS source'}).getAttribute('href')).toBe('https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html');
      // A bad value: the architecture as a number is read as unknown, never a crash or a blank.
      stack.Resources['EdgeFunction']!.Properties['Architectures'] = [42];
      await textarea.fill(JSON.stringify(stack, null, 2));
      await expect.poll(() => page.locator('[data-function="EdgeFunction"] [data-rule="edge.architecture"]').count()).toBe(0);
      expect(await page.getByTestId('limits-status').textContent()).not.toMatch(/NaN|undefined/);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('reads Terraform plans and CDK output, and applies a team policy', async () => {
    const {page, consoleErrors, close} = await openPage(PATH, {waitUntil: 'networkidle'});
    const read = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
    try {
      await page.getByLabel('Paste a template or command').check();
      const textarea = page.getByLabel(/SAM \/ CloudFormation template/);
      const status = page.getByTestId('limits-status');
      await textarea.fill(read('terraform/plan.json'));
      await expect.poll(() => status.textContent(), {timeout: 15_000}).toMatch(/^2 functions checked: 2 errors, 1 warning/);
      expect(await page.getByText('Read as: Terraform plan (terraform show -json).').count()).toBe(1);
      expect(await page.locator('[data-function="module.api.aws_lambda_function.this"] [data-rule="memory.range"]').count()).toBe(1);
      await textarea.fill(read('cdk/cdk.out/with-paths.template.json'));
      await expect.poll(() => page.locator('[data-function="MyLambdaCCE802FB"]').count(), {timeout: 15_000}).toBe(1);
      // The team policy: the same YAML as lambda-lab check --policy.
      await page.getByText('Team policy (optional)').click();
      const policy = page.getByLabel(/Your team's rules on top of AWS's/);
      await policy.fill('architectures: [arm64]\nmemory: {min: 256}\n');
      await expect.poll(() => page.locator('[data-function="MyLambdaCCE802FB"] [data-rule="policy.architecture"]').count(), {timeout: 15_000}).toBe(1);
      expect(await page.locator('[data-rule="policy.memory"]').count()).toBe(2);
      await policy.fill('memory: {max: 99999}\n');
      await expect.poll(() => page.getByRole('alert').textContent(), {timeout: 15_000}).toBe('Team policy: memory.max must be a number of MB from 128 to 10,240, got 99999.');
      expect(await seriousA11yViolations(page), 'axe with the policy panel open').toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('passes axe with results showing, in light and dark, and is usable by keyboard', async () => {
    for (const [colorScheme, viewport] of [['light', DESKTOP], ['dark', PHONE]] as const) {
      const {page, close} = await openPage(PATH, {colorScheme, viewport, waitUntil: 'networkidle'});
      try {
        await page.getByLabel('Paste a template or command').focus();
        await page.keyboard.press('Space');
        await page.getByRole('button', {name: 'serverless.yml'}).click();
        await expect.poll(() => page.locator('[data-rule="edge.environment"]').count(), {timeout: 15_000}).toBe(1);
        expect(await seriousA11yViolations(page)).toEqual([]);
      } finally {
        await close();
      }
    }
  });

  it('screenshots at phone and desktop widths', async () => {
    for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
      const {page, close} = await openPage(PATH, {viewport, waitUntil: 'networkidle'});
      try {
        await page.getByLabel('Memory (MB)').fill('20000');
        await page.getByLabel('Triggered by an SQS queue').check();
        await page.locator('[data-rule="memory.range"]').waitFor();
        await page.getByTestId('limits-checker').screenshot({path: `/tmp/limits-form-${name}.png`});
        await page.getByLabel('Paste a template or command').check();
        await page.getByRole('button', {name: 'SAM'}).click();
        await page.locator('[data-function="WorkerFunction"]').waitFor({timeout: 15_000});
        await page.getByTestId('limits-checker').screenshot({path: `/tmp/limits-template-${name}.png`});
      } finally {
        await close();
      }
    }
  });
});
