//! Runtime tests of types the pod derives accept (Miri runs these).
