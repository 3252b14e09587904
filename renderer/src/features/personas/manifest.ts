import { UserRound } from 'lucide-react';
import { comingSoonFeature } from '../coming-soon';

export const personasFeature = comingSoonFeature('personas', UserRound);
