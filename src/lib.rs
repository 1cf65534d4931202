//! roadmap-tui: a terminal browser for regional innovation strategies.

pub mod cli;
pub mod export;
pub mod model;
