package io.github.ratecard.export;

/** Fixed-point numbers as plain text with a point ({@code -12.5}, {@code 60.00}), written from their unscaled long without BigDecimal: exports call it for every cell. */
final class PlainNumber {

    private PlainNumber() {
    }

    /** {@code unscaled} × 10^-scale; with {@code stripZeros}, trailing fraction zeros (and a bare point) are dropped. */
    static String of(long unscaled, int scale, boolean stripZeros) {
        if (scale == 0) {
            return Long.toString(unscaled);
        }
        boolean negative = unscaled < 0;
        String digits = Long.toString(Math.abs(unscaled));
        StringBuilder text = new StringBuilder(digits.length() + scale + 3);
        if (negative) {
            text.append('-');
        }
        if (digits.length() <= scale) {
            text.append("0.");
            for (int i = digits.length(); i < scale; i++) {
                text.append('0');
            }
            text.append(digits);
        } else {
            text.append(digits, 0, digits.length() - scale).append('.').append(digits, digits.length() - scale, digits.length());
        }
        if (stripZeros) {
            int end = text.length();
            while (text.charAt(end - 1) == '0') {
                end--;
            }
            if (text.charAt(end - 1) == '.') {
                end--;
            }
            text.setLength(end);
            if (text.length() == 2 && text.charAt(0) == '-' && text.charAt(1) == '0') {
                return "0";
            }
        }
        return text.toString();
    }
}
