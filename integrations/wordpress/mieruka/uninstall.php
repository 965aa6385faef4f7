<?php
/**
 * Deleting the plugin removes its one setting (the default document URL). Posts keep their
 * shortcodes and blocks as written.
 *
 * @package mieruka
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'mieruka_default_src' );
