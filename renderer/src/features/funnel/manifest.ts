import { Filter } from 'lucide-react';
import { comingSoonFeature } from '../coming-soon';

export const funnelFeature = comingSoonFeature('funnel', Filter);
