/**
 * Command-line style options for the model: assumption overrides as flags, shared by the CLI commands and
 * usable from anywhere that has an argument list.
 */
import { ASSUMED_SPEED_LINES } from './links';
import {
	ASSUMPTION_SPECS,
	LINE_SPEED_RANGE,
	REGION_STATION_CHOICES,
	withAssumptions,
	type Assumptions,
	type RegionStations
} from '../../data/assumptions';
import { SCENARIOS, type ScenarioId, type TravelMode } from './types';

/** Parsed arguments: named options, assumption overrides, and anything not understood. */
export interface ParsedArgs {
	options: Record<string, string | true>;
	assumptions: Assumptions;
	errors: string[];
}

/** A Map, so that a flag named like an Object.prototype member (`toString`, `__proto__`) is simply not found. */
const REGION_FLAGS = new Map<string, keyof RegionStations>([
	['--chongqing-station', 'chongqing'],
	['--czt-station', 'czt'],
	['--gba-station', 'gba']
]);
/** Flags that take no value. */
const BOOLEAN_FLAGS = new Set(['--json', '--help']);
/** A plain decimal: no sign, exponent or hex, so `-1`, `1e3` and `0x10` are refused, not reinterpreted. */
const DECIMAL = /^\d{1,9}(\.\d{1,9})?$/;

/**
 * Parses `--name value` and `--flag` arguments, turning assumption flags into an assumption set. Unknown options
 * are reported by name (never by value), numbers must be plain decimals within the flag's range.
 *
 * @param args - e.g. ['--from', '黔江', '--speed-share', '0.85', '--json']
 * @param known - option names (without assumption flags) that take a value
 * @returns options, assumptions (defaults plus overrides) and errors
 * @example
 * parseArgs(['--dwell-min', '2'], ['--from']).assumptions.dwellMin // 2
 */
export function parseArgs(args: readonly string[], known: readonly string[]): ParsedArgs {
	const options: Record<string, string | true> = Object.create(null);
	const overrides: Partial<Assumptions> = {};
	const regions: Partial<RegionStations> = {};
	const errors: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
		const next = (): string | undefined => inline ?? args[++i];
		const spec = ASSUMPTION_SPECS.find((s) => s.flag === flag);
		if (spec) {
			const raw = next();
			if (spec.kind === 'boolean') {
				if (raw !== 'true' && raw !== 'false') errors.push(`${flag} takes true or false`);
				else (overrides as Record<string, unknown>)[spec.key] = raw === 'true';
				continue;
			}
			const value = raw !== undefined && DECIMAL.test(raw.trim()) ? Number(raw) : NaN;
			if (raw === undefined || !Number.isFinite(value))
				errors.push(
					`${flag} takes a number${spec.min !== undefined ? ` from ${spec.min} to ${spec.max}` : ''}${spec.unit ? ` (${spec.unit})` : ''}`
				);
			else if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) {
				errors.push(`${flag} must be between ${spec.min} and ${spec.max} (${spec.unit})`);
			} else (overrides as Record<string, unknown>)[spec.key] = value;
			continue;
		}
		const key = REGION_FLAGS.get(flag);
		if (key !== undefined) {
			const raw = next() ?? '';
			if (!REGION_STATION_CHOICES[key].includes(raw)) errors.push(`${flag} is one of ${REGION_STATION_CHOICES[key].join(', ')}`);
			else regions[key] = raw;
			continue;
		}
		if (flag === '--line-speed') {
			// --line-speed yugui-hsr=300: an assumed design speed (no source gives it), km/h.
			const raw = next() ?? '';
			const [id, v] = raw.split('=');
			const kmh = Number(v);
			if (!ASSUMED_SPEED_LINES.some((l) => l.id === id))
				errors.push(
					`--line-speed: ${id || '(none)'} is not a line with an assumed speed (${ASSUMED_SPEED_LINES.map((l) => l.id).join(', ')})`
				);
			else if (!Number.isFinite(kmh) || kmh < LINE_SPEED_RANGE.min || kmh > LINE_SPEED_RANGE.max)
				errors.push(`--line-speed ${id}= takes km/h between ${LINE_SPEED_RANGE.min} and ${LINE_SPEED_RANGE.max}`);
			else overrides.lineSpeedKmh = { ...(overrides.lineSpeedKmh ?? {}), [id]: kmh };
			continue;
		}
		if (flag === '--centres') {
			overrides.regionalCentres = (next() ?? '')
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean);
			continue;
		}
		if (known.includes(flag)) {
			const raw = next();
			if (raw === undefined) errors.push(`${flag} needs a value`);
			else options[flag.slice(2)] = raw;
			continue;
		}
		if (BOOLEAN_FLAGS.has(flag) && inline === undefined) options[flag.slice(2)] = true;
		else if (flag.startsWith('-')) errors.push(`unknown option ${flag.slice(0, 60)}`);
		else errors.push(`unexpected argument "${arg.slice(0, 60)}"`);
	}
	return {
		options,
		assumptions: withAssumptions({ ...overrides, regionStations: { ...withAssumptions().regionStations, ...regions } }),
		errors
	};
}

/**
 * Validates a scenario name.
 *
 * @param s - e.g. '2025'
 * @returns the scenario, or null
 * @example
 * scenarioOf('2030') // '2030'
 */
export function scenarioOf(s: string | true | undefined): ScenarioId | null {
	if (s === undefined) return '2025';
	return typeof s === 'string' && (SCENARIOS as readonly string[]).includes(s) ? (s as ScenarioId) : null;
}

/**
 * Validates a travel mode.
 *
 * @param s - 'rail', 'road' or 'best'
 * @returns the mode ('best' when absent), or null
 * @example
 * modeOf(undefined) // 'best'
 */
export function modeOf(s: string | true | undefined): TravelMode | null {
	if (s === undefined) return 'best';
	return s === 'rail' || s === 'road' || s === 'best' ? s : null;
}

/**
 * Lines listing every assumption and its value, for text output.
 *
 * @param a - assumptions
 * @returns one line per assumption, "label: value unit (flag)"
 * @example
 * describeAssumptions(DEFAULT_ASSUMPTIONS)[0] // 'HSR operating speed / design speed: 0.8 share (--speed-share)'
 */
export function describeAssumptions(a: Assumptions): string[] {
	const lines = ASSUMPTION_SPECS.map((s) => `${s.label.en}: ${String(a[s.key])}${s.unit ? ` ${s.unit}` : ''} (${s.flag})`);
	lines.push(
		`Stations for regions: Chongqing ${a.regionStations.chongqing} (--chongqing-station), Changsha–Zhuzhou–Xiangtan ${a.regionStations.czt} (--czt-station), Greater Bay Area ${a.regionStations.gba} (--gba-station)`
	);
	lines.push(`Regional centres (002:784 names none): ${a.regionalCentres.join(', ')} (--centres)`);
	lines.push(
		`Assumed design speeds (no source gives them): ${ASSUMED_SPEED_LINES.map((l) => `${l.name.en} ${a.lineSpeedKmh[l.id] ?? l.designSpeedKmh} km/h`).join('; ')} (--line-speed <line>=<km/h>)`
	);
	return lines;
}
