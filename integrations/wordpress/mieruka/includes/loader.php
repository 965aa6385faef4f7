<?php
/**
 * The mieruka loader (cdn/mieruka.js, shipped inside the plugin), once on every front-end page,
 * in the block editor (for the block's preview) and on the settings page (for the check).
 *
 * WordPress 6.5+ has script modules (wp_enqueue_script_module); before that the loader is a
 * registered script whose tag gets type="module" through the script_loader_tag filter.
 *
 * A `<script src=".../mieruka.js">` that an editor pasted into a post (from the embed helper,
 * or before the plugin was installed) would load mieruka a second time beside the plugin's
 * copy: such tags are taken out of the post's HTML when it is shown, since the plugin already
 * loads mieruka on every page.
 *
 * @package mieruka
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const MIERUKA_HANDLE = 'mieruka';

/** The loader's URL inside the plugin. */
function mieruka_loader_url() {
	return plugins_url( 'cdn/mieruka.js', MIERUKA_FILE );
}

/** Whether this WordPress has script modules (6.5+). */
function mieruka_has_script_modules() {
	return function_exists( 'wp_enqueue_script_module' );
}

/**
 * Loads the loader as a classic registered script turned into a module script. Used before
 * 6.5 on the front end, and in the admin screens on every version.
 */
function mieruka_enqueue_classic() {
	wp_enqueue_script( MIERUKA_HANDLE, mieruka_loader_url(), array(), MIERUKA_VERSION, false );
}

/** Front end: every page. */
function mieruka_enqueue_front() {
	if ( mieruka_has_script_modules() ) {
		wp_enqueue_script_module( MIERUKA_HANDLE, mieruka_loader_url(), array(), MIERUKA_VERSION );
		return;
	}
	mieruka_enqueue_classic();
}
add_action( 'wp_enqueue_scripts', 'mieruka_enqueue_front' );
add_action( 'enqueue_block_editor_assets', 'mieruka_enqueue_classic' );

/**
 * The loader's tag as a module script: `<script type="module" src="…">`.
 *
 * @param string $tag    The tag WordPress wrote.
 * @param string $handle The script's handle.
 * @return string
 */
function mieruka_module_tag( $tag, $handle ) {
	if ( MIERUKA_HANDLE !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'mieruka_module_tag', 10, 2 );

/**
 * Takes pasted `<script … src="…/mieruka.js…"></script>` tags out of a post's HTML: the plugin
 * loads mieruka already, and a second copy would register nothing and warn in the console.
 *
 * @param string $content The post's HTML, after blocks and shortcodes.
 * @return string
 */
function mieruka_drop_pasted_loaders( $content ) {
	if ( false === stripos( $content, 'mieruka' ) || false === stripos( $content, '<script' ) ) {
		return $content;
	}
	return preg_replace_callback(
		'#<script\b[^>]*?\ssrc\s*=\s*(["\']?)([^"\'\s>]+)\1[^>]*>\s*</script>#i',
		static function ( $m ) {
			$path = (string) wp_parse_url( html_entity_decode( $m[2] ), PHP_URL_PATH );
			return preg_match( '#(^|/)mieruka\.js$#i', $path ) ? '<!-- mieruka: loaded once by the plugin -->' : $m[0];
		},
		$content
	);
}
add_filter( 'the_content', 'mieruka_drop_pasted_loaders', 100 );
