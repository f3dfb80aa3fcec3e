import type { Lang } from '$lib/i18n';
import { CARD_RADIUS_KM } from '$lib/analysis/place-card';
import type { PageServerLoad } from './$types';
import { readCards } from '../../places/places.server';

export const load: PageServerLoad = () => ({
	lang: 'en' as Lang,
	radiusKm: CARD_RADIUS_KM,
	rows: readCards().cards.map(({ card }) => ({
		place: card.place,
		label: card.label,
		here: card.here.length,
		seat: card.seatProjects.length,
		near: card.near.length,
		inDistrict: card.place.code.startsWith('500114')
	}))
});
