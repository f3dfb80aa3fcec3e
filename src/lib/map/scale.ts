import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';

/**
 * Paint and layout properties measured in pixels, which a presentation scale multiplies. Offsets in ems
 * (`text-offset`, `text-radial-offset`) and dash patterns (in line widths) follow by themselves.
 */
export const SCALED_PROPERTIES = [
	'text-size',
	'text-halo-width',
	'line-width',
	'line-offset',
	'line-blur',
	'line-gap-width',
	'circle-radius',
	'circle-stroke-width',
	'icon-size',
	'symbol-spacing'
] as const;

/** How far a layer's pixel sizes grow in a presentation: about 1.6×, read from the back of a meeting room. */
export const PRESENTATION_SCALE = 1.6;

function isZoomCurve(value: unknown): value is unknown[] {
	return (
		Array.isArray(value) &&
		(value[0] === 'interpolate' || value[0] === 'step') &&
		Array.isArray(value[value[0] === 'interpolate' ? 2 : 1]) &&
		(value[value[0] === 'interpolate' ? 2 : 1] as unknown[])[0] === 'zoom'
	);
}

function times(value: unknown, factor: number): unknown {
	if (typeof value === 'number') return Math.round(value * factor * 1000) / 1000;
	return ['*', value, factor];
}

/**
 * A size property multiplied by a factor. A zoom curve must stay the top-level expression, so its
 * outputs are multiplied stop by stop; a number is multiplied; any other expression is wrapped.
 * @param value a property value (number or expression)
 * @param factor multiplier, e.g. 1.6
 * @returns the scaled value
 * @example scaleValue(['interpolate', ['linear'], ['zoom'], 5, 2, 10, 4], 1.5) // [..., 5, 3, 10, 6]
 */
export function scaleValue(value: unknown, factor: number): unknown {
	if (factor === 1 || value === undefined) return value;
	if (isZoomCurve(value)) {
		const out = [...value];
		if (value[0] === 'interpolate') {
			// ['interpolate', type, input, z0, v0, z1, v1, …]
			for (let i = 4; i < out.length; i += 2) out[i] = times(out[i], factor);
		} else {
			// ['step', input, v0, z1, v1, …]
			out[2] = times(out[2], factor);
			for (let i = 4; i < out.length; i += 2) out[i] = times(out[i], factor);
		}
		return out;
	}
	return times(value, factor);
}

/**
 * Layers with every pixel size (text, halo, line width and offset, circle radius) multiplied, for a screen
 * read from afar. Colours, filters and zoom ranges are left as they are.
 * @param layers layer specifications
 * @param factor multiplier; 1 returns the layers unchanged
 * @returns new layer specifications (the input is not modified)
 * @example scaleLayers(projectLayers(lightTheme, 'zh'), PRESENTATION_SCALE)
 */
export function scaleLayers(layers: LayerSpecification[], factor: number): LayerSpecification[] {
	if (factor === 1) return layers;
	return layers.map((layer) => {
		const next = { ...layer } as LayerSpecification & {
			paint?: Record<string, unknown>;
			layout?: Record<string, unknown>;
		};
		for (const part of ['paint', 'layout'] as const) {
			const props = (layer as { paint?: Record<string, unknown>; layout?: Record<string, unknown> })[part];
			if (!props) continue;
			const copy: Record<string, unknown> = { ...props };
			for (const key of SCALED_PROPERTIES) if (key in copy) copy[key] = scaleValue(copy[key], factor) as ExpressionSpecification;
			next[part] = copy;
		}
		return next;
	});
}

/**
 * A whole style with its layers scaled (see `scaleLayers`).
 * @param style a style
 * @param factor multiplier
 * @returns a new style sharing the sources
 * @example scaleStyle(styleForBundle(bundle, 'zh', origin), PRESENTATION_SCALE)
 */
export function scaleStyle(style: StyleSpecification, factor: number): StyleSpecification {
	return { ...style, layers: scaleLayers(style.layers, factor) };
}
