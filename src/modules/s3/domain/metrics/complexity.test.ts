import { describe, expect, it } from 'vitest';
import {
  eigenvectorComplexity,
  orientScores,
  reflectionsComplexity,
  standardisationScale,
  standardise,
} from './complexity.ts';
import { expectClose } from './fixtures/expect-close.ts';
import { presenceFromMatrix } from './presence.ts';

// Nested toy: R1 {A1,A2,A3}, R2 {A2,A3}, R3 {A3}; diversity d = 3,2,1, ubiquity u = 1,2,3.
// By hand, M̃[p,p'] = Σ_r M_rp·M_rp' / (d_r·u_p) has rows (1/3, 1/3, 1/3),
// (1/6, 5/12, 5/12), (1/9, 5/18, 11/18). Its trace is 49/36 and its determinant
// det(M)²/(Π d·Π u) = 1/36, so besides λ₁ = 1: λ₂ + λ₃ = 13/36 and λ₂·λ₃ = 1/36, i.e.
// λ₂ = 1/4, λ₃ = 1/9. Solving (M̃ − I/4)·v = 0 gives v ∝ (4, 1, −2): raw PCI. Raw ECI is
// the mean over each region's activities: (4 + 1 − 2)/3 = 1, (1 − 2)/2 = −1/2, −2. It
// already correlates positively with diversity.
const NESTED = presenceFromMatrix(Uint8Array.from([1, 1, 1, 0, 1, 1, 0, 0, 1]), 3, 3);

function rawScores(method: 'eigenvector' | number) {
  const raw =
    method === 'eigenvector' ? eigenvectorComplexity(NESTED) : reflectionsComplexity(NESTED, method);
  orientScores(raw, NESTED);
  return raw;
}

describe('eigenvectorComplexity (nested toy, by hand)', () => {
  it('finds λ₂ = 1/4 and raw PCI ∝ (4, 1, −2), raw ECI ∝ (1, −1/2, −2)', () => {
    const raw = rawScores('eigenvector');
    expect(raw.eigenvalue).toBeCloseTo(0.25, 14);
    const scale = (raw.pci[0] ?? 0) / 4;
    expectClose(raw.pci, [4 * scale, scale, -2 * scale]);
    expectClose(raw.eci, [scale, -scale / 2, -2 * scale]);
  });
});

describe('standardisation conventions (nested toy)', () => {
  // Raw ECI (1, −1/2, −2): mean −1/2, deviations (3/2, 0, −3/2), Σ dev² = 9/2.
  it('atlas: sd over the 3 × 3 table with n − 1 = 8, √(3·(9/2)/8) = 3√3/4', () => {
    const raw = rawScores('eigenvector');
    const scale = standardisationScale(raw.eci, 'atlas', 3);
    // ECI = (3/2, 0, −3/2)/(3√3/4) = (2/√3, 0, −2/√3); PCI = (4 + 1/2, 1 + 1/2, −2 + 1/2)/(3√3/4).
    expectClose(standardise(raw.eci, scale), [2 / Math.sqrt(3), 0, -2 / Math.sqrt(3)]);
    expectClose(standardise(raw.pci, scale), [2 * Math.sqrt(3), 2 / Math.sqrt(3), -2 / Math.sqrt(3)]);
  });

  it('pyecomplexity: population sd over the 3 regions, √((9/2)/3) = √1.5', () => {
    const raw = rawScores('eigenvector');
    const scale = standardisationScale(raw.eci, 'pyecomplexity', 3);
    expectClose(standardise(raw.eci, scale), [Math.sqrt(1.5), 0, -Math.sqrt(1.5)]);
    expectClose(standardise(raw.pci, scale), [3 * Math.sqrt(1.5), Math.sqrt(1.5), -Math.sqrt(1.5)]);
  });
});

describe('reflectionsComplexity (nested toy)', () => {
  // Raw scores are centred on their ubiquity-weighted mean (Σ_p u_p·k_p = 0, where the
  // eigenvector solution lies) and scaled to a largest deviation of 1.
  it('N = 1: ECI from the mean ubiquity of a region’s activities, flipped to follow diversity', () => {
    // k_p,0 = u = 1, 2, 3; weighted mean (1 + 4 + 9)/6 = 7/3 → (−4/3, −1/3, 2/3), /(4/3) →
    // (−1, −1/4, 1/2). k_c,1 = means (−1 − 1/4 + 1/2)/3, (−1/4 + 1/2)/2, 1/2 = −1/4, 1/8, 1/2:
    // it falls with diversity, so both signs flip.
    const raw = rawScores(1);
    expectClose(raw.pci, [1, 0.25, -0.5]);
    expectClose(raw.eci, [0.25, -0.125, -0.5]);
  });

  it('N = 2: k_p,1 = mean diversity of an activity’s regions, k_c,2 its mean per region', () => {
    // k_p,1 = 3, (3+2)/2, (3+2+1)/3 = 3, 2.5, 2; weighted mean 14/6 = 7/3 → (2/3, 1/6, −1/3),
    // /(2/3) → (1, 1/4, −1/2); k_c,2 = (1 + 1/4 − 1/2)/3, (1/4 − 1/2)/2, −1/2 = 1/4, −1/8, −1/2.
    const raw = rawScores(2);
    expectClose(raw.pci, [1, 0.25, -0.5]);
    expectClose(raw.eci, [0.25, -0.125, -0.5]);
  });

  it('converges to the eigenvector solution as N grows', () => {
    const exact = rawScores('eigenvector');
    const exactScale = standardisationScale(exact.eci, 'atlas', 3);
    const raw = rawScores(41);
    const scale = standardisationScale(raw.eci, 'atlas', 3);
    // The error shrinks like (λ₃/λ₂)^(N/2) = (4/9)^20 ≈ 1e-7.
    expectClose(standardise(raw.pci, scale), standardise(exact.pci, exactScale), 1e-6, 1e-6);
  });
});
