//! The sealed capability under strict lints.
