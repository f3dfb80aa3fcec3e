/**
 * `atlas ingest FILE.txt --date YYYY-MM[-DD] --title "…" [--title-en "…"] [--issuer …] [--issuer-en …] [--kind …] [--area …] [--json] [--review OUT.yaml]`
 * reads a new document against the catalogue and proposes, each with its line and quoted words, what it says of
 * the items it names (events, targets, mentions), the figures it states and the works the catalogue lacks, with
 * what each would change on the map and the timeline; it writes a review file for the planner.
 * `atlas ingest --apply REVIEW.yaml` merges the accepted proposals into data/ (see scripts/ingest/apply.ts).
 */
import { dirname, relative, resolve, basename } from 'node:path';
import { writeFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { readArgs, UsageError } from './_args';
import { err, out } from './_data';
import { readAtlasData } from '../catalogue/data';
import { INGEST_KINDS, proposeFromText, type IngestKind, type Proposal } from '../../src/lib/ingest/propose';
import { writeReview } from '../../src/lib/ingest/review';
import { applyReview, nextRefs, readTextFile, textSha256 } from '../ingest/apply';

/** A count with its noun, singular or plural. */
const n = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

export const summary = 'Take in a new document: propose its events, targets, figures and new items; --apply a reviewed file';

const usage = `Usage: npm run atlas -- ingest FILE.txt --date YYYY-MM[-DD] --title "…" [--title-en "…"] [--issuer …] [--issuer-en …] [--kind ${INGEST_KINDS.join('|')}] [--area qianjiang|qijiang] [--json] [--review OUT.yaml]
       npm run atlas -- ingest --apply REVIEW.yaml`;

/** The data folder: `WULING_DATA` (tests point it at a copy), else data/. */
function dataDir(): string | undefined {
	return process.env.WULING_DATA ? resolve(process.env.WULING_DATA) : undefined;
}

function slug(zh: string): string {
	const tokens = pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }) as string[];
	return tokens
		.map((t) => t.toLowerCase().replace(/[^a-z0-9]/g, ''))
		.filter(Boolean)
		.join('-')
		.slice(0, 60)
		.replace(/-+$/, '');
}

function line(p: Proposal): string {
	const where = `${p.line}${p.lineEnd > p.line ? `-${p.lineEnd}` : ''}`;
	const what =
		p.type === 'event'
			? `EVENT  ${p.status} (${p.year})`
			: p.type === 'target'
				? `TARGET ${p.aim} by ${p.by}`
				: p.type === 'figure'
					? `FIGURE ${p.figure?.key} = ${p.figure?.value}`
					: p.type === 'new-item'
						? `NEW    ${p.kind}: ${p.name} (${p.status}${p.aim ? `; ${p.aim} by ${p.by}` : ''})`
						: 'MENTION';
	const item = p.entry ? `${p.ref} ${p.name}` : '';
	const flags = [p.decision === 'accept' ? 'accept' : 'reject', p.ambiguous ? `ambiguous: ${p.ambiguous}` : null]
		.filter(Boolean)
		.join('; ');
	let s = `  ${p.id.padEnd(4)} line ${where.padEnd(8)} ${what}${item ? `  ${item}` : ''}\n        “${p.quote}”  [${flags}]`;
	if (p.change) {
		const moved = (Object.keys(p.change.after.byYear) as unknown as (keyof typeof p.change.after.byYear)[])
			.filter((y) => p.change!.before.byYear[y] !== p.change!.after.byYear[y])
			.map((y) => `${y}: ${p.change!.before.byYear[y]} → ${p.change!.after.byYear[y]}`);
		const drift =
			p.change.before.drift === p.change.after.drift ? p.change.after.drift : `${p.change.before.drift} → ${p.change.after.drift}`;
		s += `\n        map ${moved.length ? moved.join(', ') : 'unchanged'}; drift ${drift}`;
	}
	return s;
}

/**
 * Runs the command.
 *
 * @param args - the arguments after the command name
 * @returns 0 done, 1 the file or review could not be used (nothing changed), 2 bad arguments
 * @example
 * npm run atlas -- ingest notice.txt --date 2025-06-27 --title "渝厦高铁开通" --kind notice
 */
export async function run(args: string[]): Promise<number> {
	let a;
	try {
		a = readArgs(args, {
			values: ['date', 'title', 'title-en', 'issuer', 'issuer-en', 'kind', 'area', 'review', 'apply'],
			booleans: ['json', 'help']
		});
		if (a.flags.has('help')) {
			out(`${usage}\n`);
			return 0;
		}
		if (a.values.apply !== undefined) {
			if (a.positionals.length > 0) throw new UsageError('--apply takes the review file only');
		} else {
			if (a.positionals.length !== 1) throw new UsageError('name one text file');
			if (!a.values.date || !/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(a.values.date))
				throw new UsageError('--date must be YYYY-MM or YYYY-MM-DD');
			if (!a.values.title?.trim()) throw new UsageError('--title is needed');
			if (a.values['title-en'] !== undefined && !a.values['title-en'].trim()) throw new UsageError('--title-en is empty');
			if (a.values['issuer-en'] !== undefined && !a.values['issuer-en'].trim()) throw new UsageError('--issuer-en is empty');
			if (a.values.kind !== undefined && !INGEST_KINDS.includes(a.values.kind as IngestKind))
				throw new UsageError(`--kind must be one of ${INGEST_KINDS.join(', ')}`);
			if (a.values.area !== undefined && a.values.area !== 'qianjiang' && a.values.area !== 'qijiang')
				throw new UsageError('--area must be qianjiang or qijiang');
		}
	} catch (e) {
		if (!(e instanceof UsageError)) throw e;
		err(`${e.message}\n\n${usage}\n`);
		return 2;
	}

	if (a.values.apply !== undefined) {
		const result = applyReview(resolve(a.values.apply), { dataDir: dataDir() });
		if (!result.ok) {
			for (const p of result.problems) err(`${p}\n`);
			err('Nothing was changed.\n');
			return 1;
		}
		out(
			`Merged document ${result.documentId} (${result.textFile}): ${n(result.events, 'status event')}, ${n(result.targets, 'target')}, ${n(result.figures, 'figure')}, ${n(result.newEntries, 'new entry', 'new entries')}.\n` +
				`Changed: ${result.changedFiles.join(', ')}\nThe data check passed. Run "npm run data" (or a build) to redraw the map.\n`
		);
		return 0;
	}

	const file = a.positionals[0];
	const read = readTextFile(file);
	if (!read.ok) {
		err(`${read.message}. Nothing was changed.\n`);
		return 1;
	}
	if (!read.text.trim()) {
		err(`${file}: the file holds no text. Nothing was changed.\n`);
		return 1;
	}
	const data = readAtlasData(dataDir());
	if (data.problems.length) {
		for (const p of data.problems.slice(0, 20)) err(`${p.file}:${p.line}: ${p.message}\n`);
		err('data/ has problems; fix them first (npm run check:data).\n');
		return 1;
	}
	const date = a.values.date!;
	const year = Number(date.slice(0, 4));
	const kind = (a.values.kind ?? 'notice') as IngestKind;
	const period =
		kind === 'plan-outline' || kind === 'outlook' ? { from: year, to: year + (kind === 'outlook' ? 5 : 4) } : { from: year, to: year };
	const area = (a.values.area as 'qianjiang' | 'qijiang' | undefined) ?? 'qianjiang';
	// The record's English title and issuer: as given, else the Chinese ones (the planner may edit them in the review).
	const titleEn = a.values['title-en']?.trim() || undefined;
	const issuerEn = a.values['issuer-en']?.trim() || undefined;
	const result = proposeFromText(
		read.text,
		{ title: a.values.title!, titleEn, issuer: a.values.issuer, issuerEn, date, kind, year, period, area },
		data.entries
	);
	const known = result.proposals.filter((p) => p.entry);
	if (known.length === 0) {
		err(`${file}: the text names no item of the catalogue (read as ${read.encoding}). Nothing was changed.\n`);
		return 1;
	}
	const reviewPath = resolve(a.values.review ?? `${file.replace(/\.txt$/i, '')}.review.yaml`);
	const names = new Map(data.entries.map((e) => [e.id, e.name.zh]));
	const reviewText = writeReview(result, {
		source: relative(dirname(reviewPath), resolve(file)),
		sha256: textSha256(read.text),
		issuer: a.values.issuer,
		issuerEn,
		area,
		names,
		nextRefs: nextRefs(data.entries.map((e) => e.ref)),
		slug
	});
	writeFileSync(reviewPath, reviewText);
	if (a.flags.has('json')) {
		out(`${JSON.stringify({ document: result.document, review: reviewPath, proposals: result.proposals }, null, 2)}\n`);
		return 0;
	}
	const count = (t: Proposal['type']) => result.proposals.filter((p) => p.type === t).length;
	out(
		`${basename(file)} (${read.encoding}, ${result.document.lines} lines, ${result.document.columns ? 'newspaper columns' : 'one paragraph a line'}), ${kind} of ${date}\n` +
			`Reports what happened in lines: ${result.document.retrospective.map(([x, y]) => `${x}-${y}`).join(', ') || 'none'} (guessed; edit in the review)\n` +
			`Names ${n(result.mentioned.length, 'catalogue item')}: ${n(count('event'), 'event')}, ${n(count('target'), 'target')}, ${n(count('figure'), 'figure')}, ${n(count('mention'), 'mention')}, ${n(count('new-item'), 'possible new item')}.\n\n`
	);
	for (const p of result.proposals) out(`${line(p)}\n`);
	out(
		`\nReview file: ${relative(process.cwd(), reviewPath)}\nEdit the decisions, then: npm run atlas -- ingest --apply ${relative(process.cwd(), reviewPath)}\n`
	);
	return 0;
}
