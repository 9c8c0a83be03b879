casebookSearch.d(1,[{"h":"pages/about/","s":"活动简介 示例。","t":"关于活动"}]);
