import type { PlaceCard } from '$lib/analysis/place-card';
import { fill, type Lang } from '$lib/i18n';
import { placesText } from '$lib/i18n/places';

/** A card page's title and description, in its language. */
export function placeHead(card: PlaceCard, lang: Lang): { title: string; description: string } {
	const app = lang === 'zh' ? '武陵图志' : 'Wuling Atlas';
	return { title: `${fill(placesText[lang].cardTitle, { name: card.label[lang] })} · ${app}`, description: card.summary[lang] };
}
