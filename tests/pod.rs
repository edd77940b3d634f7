//! Runtime tests of the pod capability (Miri runs these).
