import type { TFunction } from 'i18next';
import type { LucideIcon } from 'lucide-react';
import type { ComponentType } from 'react';

/** One entry of the command palette. */
export type Command = { id: string; group: 'navigate' | 'workspace' | 'preferences'; label: string; keywords?: string[]; run(): void };

/** The part of the address after `#/<page>`: path segments and query parameters. */
export type Address = { path: string[]; params: Record<string, string> };

/**
 * What a feature offers the shell. The shell loops over the manifests in `features/index.ts` and
 * imports nothing else of a feature: adding a screen is a folder and one line in that list.
 */
export type FeatureManifest = {
  id: string;
  /** A page in the sidebar, reached at `#/<id>`. */
  page?: { label(t: TFunction): string; icon: LucideIcon; Component: ComponentType };
  /** The place inside the page kept in the address (a record, a queue), so reload and links keep it. */
  route?: {
    /** The address changed (load, link, back/forward): show that place. */
    apply(address: Address): void;
    /** The feature's current place, for the address bar. */
    useAddress(): Address;
  };
  /** Commands the palette offers while a workspace is open. */
  useCommands?(): Command[];
  /** Dialogs the feature's commands open, mounted once in the shell. */
  Overlay?: ComponentType;
  /** A small status shown in the top bar (progress of long work). */
  TopBarItem?: ComponentType;
  /** Shown instead of the shell while there is no workspace. */
  FirstRun?: ComponentType;
  /** Records found by the palette's search open here. */
  openRecord?: { contact?(id: string): void; company?(name: string): void };
};
