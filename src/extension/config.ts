import * as vscode from 'vscode';
import type { EntityType } from '../engine';

/** The entity types the editor shows; `country` is a supporting type and never decorated. */
export type ShownType = 'official' | 'system' | 'agreement';
export const SHOWN_TYPES: readonly ShownType[] = ['official', 'system', 'agreement'];

export const SECTION = 'analystLens';

/** A typed snapshot of our settings, read in one place so defaults live beside their keys. */
export interface Settings {
  readonly types: Readonly<Record<ShownType, boolean>>;
  readonly hoverEnabled: boolean;
  readonly include: readonly string[];
  readonly debounceMs: number;
  readonly maxFileSizeMB: number;
  /** Whether the session's JIT warm-up may run (see warmUp.ts). */
  readonly warmUp: boolean;
}

export const DEFAULT_INCLUDE: readonly string[] = ['**/*.txt', '**/*.article'];

/** Reads the settings, clamping numbers so a typo in settings.json cannot stall the editor. */
export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration(SECTION);
  const include = c.get<unknown>('files.include', DEFAULT_INCLUDE);
  return {
    types: {
      official: c.get<boolean>('types.official', true) !== false,
      system: c.get<boolean>('types.system', true) !== false,
      agreement: c.get<boolean>('types.agreement', true) !== false,
    },
    hoverEnabled: c.get<boolean>('hover.enabled', true) !== false,
    include: Array.isArray(include) ? include.filter((g): g is string => typeof g === 'string' && g.length > 0) : DEFAULT_INCLUDE,
    debounceMs: clamp(c.get<number>('decorations.debounceMs', 150), 0, 5000, 150),
    maxFileSizeMB: clamp(c.get<number>('maxFileSizeMB', 5), 0.001, 1024, 5),
    warmUp: c.get<boolean>('engine.warmUp', true) !== false,
  };
}

function clamp(value: unknown, min: number, max: number, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, value));
}

/** True for the types the user wants to see; countries are always hidden from the views. */
export function isShown(settings: Settings, type: EntityType): type is ShownType {
  return type !== 'country' && settings.types[type];
}
