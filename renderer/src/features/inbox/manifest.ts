import './inbox.css';
import type { FeatureManifest } from '../../app/feature-manifest';
import { InboxButton } from './InboxButton';

/** The notifications inbox (top bar) and the system alerts for hand-offs and SLA breaches. */
export const inboxFeature: FeatureManifest = { id: 'inbox', TopBarItem: InboxButton };
