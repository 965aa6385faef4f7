<?php
/**
 * Plugin Name:       mieruka（見える化）
 * Description:       自治体の計画と進捗を見える化する部品（計画の体系・KPI ゲージ・5レス・SDGs・推移表）を、ショートコードとブロックで投稿に置けます。サイトの全ページで mieruka を一度だけ読み込みます。
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            mieruka contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       mieruka
 * Domain Path:       /languages
 *
 * mieruka WordPress plugin
 * Copyright (C) 2026 mieruka contributors
 *
 * This program is free software; you can redistribute it and/or modify it under the terms of
 * the GNU General Public License as published by the Free Software Foundation; either version 2
 * of the License, or (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY;
 * without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See
 * the GNU General Public License for more details.
 *
 * The JavaScript in cdn/ is mieruka's own build, under the MIT licence (GPL-compatible).
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'MIERUKA_VERSION', '0.1.0' );
define( 'MIERUKA_FILE', __FILE__ );

require_once __DIR__ . '/includes/widget.php';
require_once __DIR__ . '/includes/loader.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/settings.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'mieruka', false, dirname( plugin_basename( MIERUKA_FILE ) ) . '/languages' );
		add_shortcode( 'mieruka', 'mieruka_shortcode' );
		mieruka_register_block();
	}
);
