import { BarChart3 } from 'lucide-react';
import { comingSoonFeature } from '../coming-soon';

export const reportsFeature = comingSoonFeature('reports', BarChart3);
