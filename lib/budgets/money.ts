/** Credits are Kie's unit; dollars are shown next to them at a configurable rate (KIE_USD_PER_CREDIT). */

/** Up to two decimals, no trailing zeros: 12, 0.4, 5916.25. */
export function formatCredits(credits: number): string {
  const rounded = Math.round(credits * 100) / 100;
  return rounded.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

export function creditsToUsd(credits: number, usdPerCredit: number): number {
  return credits * usdPerCredit;
}

/** "$0.06", "$1,234.50"; sub-cent amounts keep three decimals so small charges do not read as $0.00. */
export function formatUsd(credits: number, usdPerCredit: number): string {
  const usd = creditsToUsd(credits, usdPerCredit);
  const digits = usd !== 0 && Math.abs(usd) < 0.01 ? 3 : 2;
  return `$${usd.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}

/** "12 credits ($0.06)" */
export function creditsAndUsd(credits: number, usdPerCredit: number): string {
  const unit = Math.abs(credits) === 1 ? "credit" : "credits";
  return `${formatCredits(credits)} ${unit} (${formatUsd(credits, usdPerCredit)})`;
}
