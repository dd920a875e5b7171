import React from 'react';
import Link from '@theme-original/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type {WrapperProps} from '@docusaurus/types';
import {summarizeTrack} from '@site/src/core/track/track';
import {TRACK_PATH, useTrackProgress, useTrackSteps} from '@site/src/components/LearningTrack/trackStore';

type Props = WrapperProps<typeof LinkType>;

const normalise = (href: string) => href.replace(/\/$/, '').replace(/[#?].*$/, '');

/**
 * Sidebar links show the Learn Lambda progress: the track page with "n/N", and the first page of
 * every completed step with a check mark. Other links render unchanged.
 */
export default function LinkWrapper(props: Props): React.JSX.Element {
  const {steps} = useTrackSteps();
  const [progress] = useTrackProgress(steps);
  const href = normalise(props.item.href);
  let suffix = '';
  if (href === TRACK_PATH) {
    const summary = summarizeTrack(steps, progress);
    suffix = ` (${summary.done}/${summary.total})`;
  } else if (steps.some((s) => normalise(s.page) === href && progress.completedAt[s.id] !== undefined)) {
    suffix = ' ✓';
  }
  if (!suffix) return <Link {...props} />;
  return <Link {...props} item={{...props.item, label: `${props.item.label}${suffix}`}} />;
}
