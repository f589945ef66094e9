package ua.zalik.testing.analysis;

/** Sums of powers of deviations from the means, gathered in the second pass. */
final class Moments {

    final double[] markSquares;
    final double[] otherSquares;
    final double[] covariance;
    final double[] covarianceWithTotal;
    double power2;
    double power3;
    double power4;

    Moments(int p) {
        markSquares = new double[p];
        otherSquares = new double[p];
        covariance = new double[p];
        covarianceWithTotal = new double[p];
    }

    void addTotal(double t) {
        double t2 = t * t;
        power2 += t2;
        power3 += t2 * t;
        power4 += t2 * t2;
    }

    /**
     * Rounding leaves a variance of 1e-33 where every mark is the same; Moodle's "!= 0" checks would then divide
     * noise by noise, so a variance this small against the squared scale of the marks counts as none.
     */
    static boolean negligible(double variance, double scale) {
        return Math.abs(variance) <= 1e-12 * Math.max(1, scale * scale);
    }
}
