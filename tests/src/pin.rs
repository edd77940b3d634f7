//! The pin capability under strict lints.
