import { KanbanSquare } from 'lucide-react';
import { comingSoonFeature } from '../coming-soon';

export const pipelineFeature = comingSoonFeature('pipeline', KanbanSquare);
