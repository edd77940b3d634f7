//! The builder capability under strict lints.
