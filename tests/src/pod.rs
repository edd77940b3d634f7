//! The pod capability under strict lints.
