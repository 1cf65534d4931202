//! roadmap-tui: a terminal browser for regional innovation strategies.

pub mod action;
pub mod app;
pub mod backend;
pub mod cli;
pub mod config;
pub mod content;
pub mod export;
pub mod keymap;
pub mod manual;
pub mod markup;
pub mod model;
pub mod nav;
pub mod place;
pub mod search;
pub mod serve;
pub mod starter;
pub mod tui;
pub mod ui;
pub mod words;
pub mod wrap;
