"""Energy-based models at work, without Qt: AIS log-likelihood estimates, Gibbs chains, and RBM features
feeding a classifier. The models themselves (RBM, DBN) live in ``studio.models``."""
