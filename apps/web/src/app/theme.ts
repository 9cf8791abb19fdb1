import {
  Notification,
  createTheme,
  darken,
  defaultVariantColorsResolver,
  luminance,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** WCAG AA for normal text is 4.5:1; a little margin covers anti-aliasing and rounding. */
const MIN_CONTRAST = 4.6;

/** `start`, darkened step by step until text in it reads at WCAG AA on `background`. */
function readableOn(start: string, background: string): string {
  let color = start;
  for (let step = 0; step < 10 && contrast(color, background) < MIN_CONTRAST; step += 1) color = darken(color, 0.1);
  return color;
}

/**
 * Mantine's palette puts mid-tone text on pale fills (yellow, orange, green badges) and white text
 * on mid-tone fills below WCAG AA. This keeps each variant's look and only deepens its colour
 * where the contrast falls short, so every badge and button stays readable.
 */
const accessibleVariants: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || parsed.color === 'dark') return resolved;
  const palette = input.theme.colors[parsed.color];
  const white = input.theme.white;
  switch (input.variant) {
    case 'light':
      return { ...resolved, color: readableOn(palette[9], palette[1]) };
    case 'outline':
    case 'subtle':
    case 'transparent': {
      const color = readableOn(palette[parsed.shade ?? 8], white);
      return {
        ...resolved,
        color,
        ...(input.variant === 'outline' ? { border: `1px solid ${color}` } : {}),
      };
    }
    case 'filled': {
      const background = palette[parsed.shade ?? 8];
      if (resolved.color !== 'var(--mantine-color-white)' || contrast(background, white) >= MIN_CONTRAST) {
        return resolved;
      }
      const deeper = readableOn(background, white);
      return { ...resolved, background: deeper, hover: darken(deeper, 0.1) };
    }
    default:
      return resolved;
  }
};

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 8 (not Mantine's 6) keeps white on filled buttons and indigo links on white at WCAG AA.
  primaryShade: { light: 8, dark: 6 },
  defaultRadius: 'md',
  variantColorResolver: accessibleVariants,
  components: {
    // Notifications (@mantine/notifications) render this: its close button has no name of its
    // own, and its description is Mantine's grey-6 (3.3:1) under a title.
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } },
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    }),
  },
});
